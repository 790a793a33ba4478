/** Small line icons for the buttons drawn in the graph (decorative: every button is named). */
export function ChevronIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" className="gt-btn-icon">
      <path d={open ? 'M3.5 6 8 10.5 12.5 6' : 'M6 3.5 10.5 8 6 12.5'} fill="none" />
    </svg>
  );
}

export function FocusIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" className="gt-btn-icon">
      <circle cx="8" cy="8" r="4.5" fill="none" />
      <path d="M8 1v3M8 12v3M1 8h3M12 8h3" fill="none" />
    </svg>
  );
}
