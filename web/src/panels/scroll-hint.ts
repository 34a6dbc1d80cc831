// A row that scrolls sideways (the toolbar on a phone) says so: its edge fades where more of it
// lies beyond (styles/main.css reads data-more: none, start, end or both).
export function showScrollHint(row: HTMLElement): void {
  const update = () => {
    const start = row.scrollLeft > 1;
    const end = row.scrollLeft + row.clientWidth < row.scrollWidth - 1;
    row.dataset.more = start && end ? 'both' : start ? 'start' : end ? 'end' : 'none';
  };
  row.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(row);
  // The toolbar is rebuilt as the view changes: buttons come and go without a resize.
  new MutationObserver(update).observe(row, { childList: true });
  update();
}
