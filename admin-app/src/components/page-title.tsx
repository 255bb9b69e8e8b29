// A page's heading: the window's title, and the focus on arrival so a screen reader announces the page.
import { useEffect, useRef } from 'preact/hooks';
import { useText } from '../i18n';
import { common } from '../messages';

export function PageTitle({ title, intro }: { title: string; intro?: string }) {
  const c = useText(common);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${c.appName}`;
  }, [title, c]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro !== undefined && <p class="muted">{intro}</p>}
    </>
  );
}
