// Runs inside an extension page (passed to page.evaluate): writes records straight into the
// extension's IndexedDB, in the schema Dexie created, then tells the worker that data changed,
// as the options page does after a write. Used by the end-to-end tests, the demo and the bench.
export async function seedInPage(data) {
  const open = () =>
    new Promise((ok, fail) => {
      const req = indexedDB.open('followthrough');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  // The worker creates the schema when it starts; wait for it rather than racing it.
  let idb = await open();
  for (let i = 0; i < 50 && !idb.objectStoreNames.contains('mentors'); i++) {
    idb.close();
    await new Promise((r) => setTimeout(r, 100));
    idb = await open();
  }
  const tables = ['mentors', 'letters', 'activities', 'threads', 'goals', 'templates'];
  const tx = idb.transaction([...tables, 'settings'], 'readwrite');
  for (const t of tables) for (const row of data[t] ?? []) tx.objectStore(t).put(row);
  if (data.settings) tx.objectStore('settings').put({ key: 'settings', value: data.settings });
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  idb.close();
  // Written around Dexie, so the worker hears of it only from this message.
  await chrome.runtime.sendMessage({ type: 'data-changed', tables: [...tables, 'settings'] });
}
