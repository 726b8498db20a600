// A panel that slides over the page from the right (full width on a phone): Esc or the backdrop closes
// it, focus moves into it when it opens and back to where it was when it closes.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

export function Drawer({
  title,
  onClose,
  actions,
  children,
}: {
  title: ReactNode;
  onClose: () => void;
  /** Buttons beside the close button (previous / next). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panelRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return createPortal(
    <>
      <div className="backdrop" onClick={onClose} aria-hidden="true" />
      <aside
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        ref={panelRef}
      >
        <header className="drawer-header">
          <h2 id={titleId} className="drawer-title">
            {title}
          </h2>
          <div className="toolbar" style={{ margin: 0, flexWrap: 'nowrap' }}>
            {actions}
            <button className="btn small" type="button" onClick={onClose} aria-label="Close (Esc)">
              {'\u2715'}
            </button>
          </div>
        </header>
        <div className="drawer-body">{children}</div>
      </aside>
    </>,
    document.body,
  );
}
