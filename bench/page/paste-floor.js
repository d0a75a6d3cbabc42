/* global performance, PerformanceObserver, setTimeout, URLSearchParams */
// The floor for the long-text paste (issue 14): the same 100,000 characters pasted the same way
// (window.benchPaste, Control+V) into a bare textarea drawn as the wizard's statement box and as
// wide as it was (`?width=`), on a page with no script of ours listening. Its longest animation
// frame is the browser's own work (inserting the text and wrapping it into lines), which no
// element built on a textarea can go below.
import { nextPaint } from './driver.js';

window.bench = {
  async pasteFloor() {
    const box = document.getElementById('box');
    // As wide as the wizard's statement box was (`?width=`, its border box in CSS pixels).
    const width = Number(new URLSearchParams(window.location.search).get('width'));
    if (width > 0) box.style.width = `${width}px`;
    box.focus();
    const frames = [];
    const observer = new PerformanceObserver((list) => frames.push(...list.getEntries()));
    observer.observe({ type: 'long-animation-frame' });
    const inserted = new Promise((resolve) => box.addEventListener('input', resolve, { once: true }));
    const started = performance.now();
    await window.benchPaste();
    await inserted;
    await nextPaint();
    const painted = performance.now() - started;
    // Entries are queued after the frame: give them a frame and a task to arrive.
    await nextPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
    frames.push(...observer.takeRecords());
    observer.disconnect();
    return { length: box.value.length, width: box.offsetWidth, painted, longestFrame: frames.reduce((m, e) => Math.max(m, e.duration), 0) };
  },
};
window.benchReady = true;
