// The manifest is the element's public contract (issue 13): its private and protected members are
// left out, so that a change inside the element does not change what a board's tools read.
export default {
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
          }
        }
      },
    },
  ],
};
