import ReactMarkdown from "react-markdown";

/**
 * Renders user-written markdown safely: raw HTML is dropped, and react-markdown's default URL
 * filter turns javascript: and other unsafe link targets into nothing.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed [&_a]:text-brand-600 [&_a]:underline [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 dark:[&_code]:bg-stone-800 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown skipHtml components={{ a: ({ href, children: text }) => <a href={href} target="_blank" rel="noopener noreferrer nofollow">{text}</a>, img: () => null }}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
