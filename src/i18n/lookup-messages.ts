/**
 * Every word of the "which council covers this?" finder (src/components/authority-finder/authority-finder.ts), in English
 * and Welsh, with the same keys, to be merged into en.ts and cy.ts. The OS attribution lines are not
 * here: the licence asks for that exact text, so they are shown in English in both languages
 * (src/lookup/attribution.ts). The Welsh avoids putting a council's name after a word that would
 * mutate it ("yn ardal Cyngor {council}", not "yng {council}").
 * To be reviewed by a fluent Welsh speaker before a board goes live.
 */
export const lookupMessages = {
  en: {
    'lookup.title': 'Not sure which council? Find it by place or postcode',
    'lookup.label': 'Town, village or postcode',
    'lookup.hint': 'For example, Cwmbrân, Y Fenni or NP4 6AB. This is looked up on this device: what you type is not sent anywhere.',
    'lookup.find': 'Find',
    'lookup.loading': 'Looking this up…',
    'lookup.loadFailed': 'The finder could not load. Choose the council from the list instead.',
    'lookup.empty': 'Type a town, village or postcode, then choose Find.',
    'lookup.none': 'We could not find that. Check the spelling, or choose from the list.',
    'lookup.none.postcode':
      "We could not find that postcode in Wales. Check it, or choose from the list. If the address is in England, report to the children's services of the English council for that area.",
    'lookup.none.tooMany': 'Many places start with “{query}”. Type more of the name, or a postcode.',
    'lookup.found.place': '{place} is in {council}.',
    'lookup.found.council': '{council} is one of the councils in Wales.',
    'lookup.found.postcode': 'Postcodes starting {postcode} are in {council}.',
    'lookup.notListed': "{council} is not in the list here. Contact {council}'s children's services directly.",
    'lookup.use': 'Use {council}',
    'lookup.chosen': 'You chose {council}.',
    'lookup.choice.place': 'There is more than one place called {place}. Choose the one you mean, or type the postcode instead.',
    'lookup.choice.partial': 'More than one place matches “{query}”. Choose the one you mean, or type more of the name.',
    'lookup.choice.postcode': 'Postcodes starting {postcode} are in more than one council. Choose the council for the address.',
    'lookup.choice.district':
      'Postcodes starting {postcode} are in more than one council. Type the full postcode to narrow it down, or choose the council for the address.',
    'lookup.choice.england':
      "Postcodes starting {postcode} are in England, in more than one council. Report to the children's services of the council for the address.",
    'lookup.option.place': '{place} ({type})',
    'lookup.option.share': 'About {percent}% of postcodes starting {postcode}',
    'lookup.option.shareMost': 'Almost all postcodes starting {postcode}',
    'lookup.option.shareFew': 'Fewer than 1 in 100 postcodes starting {postcode}',
    'lookup.option.england': "{council}, in England: if the address is here, report to that council's children's services instead.",
    'lookup.option.england.runBy': "{area}, in England: if the address is here, report to {council}'s children's services instead.",
    'lookup.england': "This is in {council}, in England. Report to that council's children's services instead.",
    'lookup.england.runBy': "This is in {area}, in England. Report to {council}'s children's services instead.",
    'lookup.type.city': 'city',
    'lookup.type.town': 'town',
    'lookup.type.village': 'village',
    'lookup.type.suburb': 'part of a town',
    'lookup.type.hamlet': 'hamlet',
    'lookup.type.settlement': 'small settlement',
    'lookup.attribution.licence': 'Used under the {licence}.',
    'lookup.attribution.licenceName': 'Open Government Licence v3.0',
  },
  cy: {
    'lookup.title': "Ddim yn siŵr pa gyngor? Chwiliwch yn ôl lle neu god post",
    'lookup.label': 'Tref, pentref neu god post',
    'lookup.hint': "Er enghraifft, Cwmbrân, Y Fenni neu NP4 6AB. Caiff hyn ei chwilio ar y ddyfais hon: nid yw'r hyn rydych chi'n ei deipio yn cael ei anfon i unman.",
    'lookup.find': 'Chwilio',
    'lookup.loading': "Wrthi'n chwilio…",
    'lookup.loadFailed': "Nid oedd modd llwytho'r chwilotwr. Dewiswch y cyngor o'r rhestr yn lle hynny.",
    'lookup.empty': 'Teipiwch enw tref neu bentref, neu god post, yna dewiswch Chwilio.',
    'lookup.none': "Nid oedd modd dod o hyd i hynny. Gwiriwch y sillafu, neu dewiswch o'r rhestr.",
    'lookup.none.postcode':
      "Nid oedd modd dod o hyd i'r cod post hwnnw yng Nghymru. Gwiriwch ef, neu dewiswch o'r rhestr. Os yw'r cyfeiriad yn Lloegr, hysbyswch wasanaethau plant y cyngor yn Lloegr ar gyfer yr ardal honno.",
    'lookup.none.tooMany': "Mae llawer o leoedd yn dechrau â “{query}”. Teipiwch fwy o'r enw, neu god post.",
    'lookup.found.place': 'Mae {place} yn ardal Cyngor {council}.',
    'lookup.found.council': 'Mae {council} yn un o gynghorau Cymru.',
    'lookup.found.postcode': "Mae codau post sy'n dechrau â {postcode} yn ardal Cyngor {council}.",
    'lookup.notListed': "Nid yw {council} yn y rhestr yma. Cysylltwch â gwasanaethau plant Cyngor {council} yn uniongyrchol.",
    'lookup.use': 'Dewis {council}',
    'lookup.chosen': 'Rydych chi wedi dewis {council}.',
    'lookup.choice.place': "Mae mwy nag un lle o'r enw {place}. Dewiswch yr un rydych chi'n ei olygu, neu teipiwch y cod post yn lle hynny.",
    'lookup.choice.partial': "Mae mwy nag un lle yn cyfateb i “{query}”. Dewiswch yr un rydych chi'n ei olygu, neu teipiwch fwy o'r enw.",
    'lookup.choice.postcode': "Mae codau post sy'n dechrau â {postcode} mewn mwy nag un cyngor. Dewiswch y cyngor ar gyfer y cyfeiriad.",
    'lookup.choice.district':
      "Mae codau post sy'n dechrau â {postcode} mewn mwy nag un cyngor. Teipiwch y cod post llawn i gael ateb mwy pendant, neu dewiswch y cyngor ar gyfer y cyfeiriad.",
    'lookup.choice.england':
      "Mae codau post sy'n dechrau â {postcode} yn Lloegr, mewn mwy nag un cyngor. Hysbyswch wasanaethau plant y cyngor ar gyfer y cyfeiriad.",
    'lookup.option.place': '{place} ({type})',
    'lookup.option.share': "Tua {percent}% o'r codau post sy'n dechrau â {postcode}",
    'lookup.option.shareMost': "Bron pob cod post sy'n dechrau â {postcode}",
    'lookup.option.shareFew': "Llai nag 1 o bob 100 cod post sy'n dechrau â {postcode}",
    'lookup.option.england': "{council}, yn Lloegr: os yw'r cyfeiriad yma, hysbyswch wasanaethau plant y cyngor hwnnw yn lle hynny.",
    'lookup.option.england.runBy': "{area}, yn Lloegr: os yw'r cyfeiriad yma, hysbyswch wasanaethau plant {council} yn lle hynny.",
    'lookup.england': 'Mae hwn yn ardal {council}, yn Lloegr. Hysbyswch wasanaethau plant y cyngor hwnnw yn lle hynny.',
    'lookup.england.runBy': 'Mae hwn yn ardal {area}, yn Lloegr. Hysbyswch wasanaethau plant {council} yn lle hynny.',
    'lookup.type.city': 'dinas',
    'lookup.type.town': 'tref',
    'lookup.type.village': 'pentref',
    'lookup.type.suburb': 'rhan o dref',
    'lookup.type.hamlet': 'pentrefan',
    'lookup.type.settlement': 'anheddiad bach',
    'lookup.attribution.licence': 'Defnyddir o dan y {licence}.',
    'lookup.attribution.licenceName': 'Drwydded Llywodraeth Agored v3.0',
  },
} satisfies Record<'en' | 'cy', Record<string, string>>;

export type LookupMessageKey = keyof typeof lookupMessages.en;
