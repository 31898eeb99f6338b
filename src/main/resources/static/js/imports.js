// Progress bars of running imports, fed by server-sent events. Without JavaScript the page shows the status
// it had when loaded, and a link to refresh it.
for (const bar of document.querySelectorAll('progress[data-progress-url]')) {
  const text = document.getElementById('import-progress-text');
  const source = new EventSource(bar.dataset.progressUrl);
  source.addEventListener('progress', (event) => {
    const progress = JSON.parse(event.data);
    bar.value = progress.percent;
    bar.textContent = progress.percent + '%';
    if (text) {
      text.textContent = progress.percent + '%';
    }
  });
  source.addEventListener('done', () => {
    source.close();
    window.location.reload();
  });
  source.onerror = () => source.close();
}
