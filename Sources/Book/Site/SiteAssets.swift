import WorkbookModel

/// The book's stylesheet and search script, written into `docs/` as they are. They use nothing outside the
/// book: system fonts only, no libraries.
enum SiteAssets {
    static let styleSheet = #"""
        /* The ZK Workbook: style for the offline book. Light and dark follow the reader's system setting. */

        :root {
          color-scheme: light dark;
          --background: #fdfcf9;
          --text: #1f2328;
          --muted: #5d6570;
          --accent: #0b5cad;
          --accent-soft: #e8f0fa;
          --border: #d9dde3;
          --code-background: #f3f4f6;
          --box-background: #f4f8fc;
          --box-border: #5b8fc7;
          --mark: #fff0a8;
          --syntax-keyword: #a2137a;
          --syntax-type: #1a6b74;
          --syntax-string: #b1361e;
          --syntax-number: #1c4fd1;
          --syntax-comment: #6a737d;
          --syntax-attribute: #8a5a00;
          --serif: "Charter", "Bitstream Charter", "Iowan Old Style", "Source Serif 4", "Source Serif Pro",
            "DejaVu Serif", Georgia, serif;
          --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
          --mono: ui-monospace, "SF Mono", "JetBrains Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
        }

        @media (prefers-color-scheme: dark) {
          :root {
            --background: #16181c;
            --text: #e3e5e8;
            --muted: #9aa3ad;
            --accent: #7db4f0;
            --accent-soft: #1e2a38;
            --border: #343a42;
            --code-background: #20242a;
            --box-background: #1b2430;
            --box-border: #4f86c2;
            --mark: #5a4b12;
            --syntax-keyword: #f28bd0;
            --syntax-type: #6fd0d9;
            --syntax-string: #f0a080;
            --syntax-number: #9db7ff;
            --syntax-comment: #8b949e;
            --syntax-attribute: #e0b55c;
          }
        }

        * { box-sizing: border-box; }

        html { font-size: 100%; -webkit-text-size-adjust: 100%; }

        body {
          margin: 0;
          background: var(--background);
          color: var(--text);
          font-family: var(--serif);
          font-size: 1.125rem;
          line-height: 1.6;
          text-rendering: optimizeLegibility;
          font-kerning: normal;
        }

        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 2px; }

        .skip-link { position: absolute; left: -999px; }
        .skip-link:focus { left: 1rem; top: 1rem; background: var(--background); padding: 0.5rem; z-index: 2; }

        /* Header */

        .site-header {
          display: flex;
          flex-wrap: wrap;
          align-items: center;
          gap: 0.5rem 1.5rem;
          padding: 0.6rem 1.5rem;
          border-bottom: 1px solid var(--border);
          font-family: var(--sans);
          font-size: 0.95rem;
        }
        .brand { font-weight: 700; color: var(--text); text-decoration: none; letter-spacing: 0.01em; }
        .site-nav { display: flex; gap: 1rem; }
        .site-nav a { color: var(--muted); text-decoration: none; }
        .site-nav a:hover { color: var(--accent); }
        .site-header .search-form { margin-left: auto; }

        .search-form input {
          font: inherit;
          color: inherit;
          background: var(--code-background);
          border: 1px solid var(--border);
          border-radius: 6px;
          padding: 0.3rem 0.6rem;
          width: 14rem;
        }
        .search-form input:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
        .search-form-large input { width: 100%; font-size: 1.1rem; padding: 0.5rem 0.75rem; }

        /* Layout */

        main {
          max-width: 46rem;
          margin: 0 auto;
          padding: 1.5rem 1.5rem 4rem;
        }

        .layout { display: block; }
        .sidebar { display: none; }

        @media (min-width: 70rem) {
          .layout {
            display: grid;
            grid-template-columns: 17rem minmax(0, 1fr);
            gap: 2rem;
          }
          .sidebar {
            display: block;
            position: sticky;
            top: 0;
            align-self: start;
            max-height: 100vh;
            overflow-y: auto;
            padding: 1.5rem 0 2rem 1.5rem;
            font-family: var(--sans);
            font-size: 0.9rem;
            line-height: 1.4;
          }
          .layout main { margin: 0; }
        }

        .sidebar ol { list-style: none; margin: 0; padding: 0; }
        .sidebar-chapters > li { margin: 0.35rem 0; }
        .sidebar a { color: var(--muted); text-decoration: none; }
        .sidebar a:hover { color: var(--accent); }
        .sidebar .current > a { color: var(--text); font-weight: 600; }
        .sidebar-sections { margin: 0.3rem 0 0.6rem 0.9rem !important; border-left: 2px solid var(--border); }
        .sidebar-sections li { padding: 0.15rem 0 0.15rem 0.7rem; }

        /* Text */

        h1, h2, h3, h4 {
          font-family: var(--sans);
          line-height: 1.25;
          margin: 2.2rem 0 0.8rem;
          letter-spacing: -0.01em;
        }
        h1 { font-size: 2.1rem; margin-top: 0.5rem; }
        h2 { font-size: 1.5rem; padding-top: 0.6rem; border-top: 1px solid var(--border); }
        h3 { font-size: 1.2rem; }
        h4 { font-size: 1.05rem; }
        .anchor {
          margin-left: 0.4rem;
          color: var(--border);
          text-decoration: none;
          font-weight: 400;
          visibility: hidden;
        }
        h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { visibility: visible; }

        p, ul, ol, dl, blockquote, table, pre { margin: 0 0 1rem; }
        li { margin: 0.2rem 0; }
        li > p { margin: 0.2rem 0; }

        blockquote {
          margin-left: 0;
          padding: 0.1rem 1rem;
          border-left: 3px solid var(--border);
          color: var(--muted);
        }

        hr { border: none; border-top: 1px solid var(--border); margin: 2rem 0; }

        table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.95em; }
        th, td { border: 1px solid var(--border); padding: 0.35rem 0.7rem; text-align: left; vertical-align: top; }
        th { background: var(--code-background); font-family: var(--sans); font-size: 0.95em; }

        img { max-width: 100%; }

        .eyebrow {
          margin: 0.5rem 0 0;
          font-family: var(--sans);
          font-size: 0.85rem;
          font-weight: 600;
          text-transform: uppercase;
          letter-spacing: 0.08em;
          color: var(--muted);
        }
        .subtitle { font-size: 1.2rem; color: var(--muted); margin-top: -0.4rem; }

        /* Code */

        code, pre { font-family: var(--mono); font-size: 0.86em; }
        :not(pre) > code {
          background: var(--code-background);
          padding: 0.1em 0.3em;
          border-radius: 4px;
          overflow-wrap: anywhere;
        }
        pre.code {
          background: var(--code-background);
          border: 1px solid var(--border);
          border-radius: 6px;
          padding: 0.8rem 1rem;
          overflow-x: auto;
          line-height: 1.45;
          tab-size: 4;
        }
        pre code { font-size: inherit; }
        .kw { color: var(--syntax-keyword); font-weight: 600; }
        .ty { color: var(--syntax-type); }
        .str { color: var(--syntax-string); }
        .num { color: var(--syntax-number); }
        .com { color: var(--syntax-comment); font-style: italic; }
        .attr { color: var(--syntax-attribute); }

        /* Mathematics: MathML, rendered by the browser with the best math font the system has. */

        math {
          font-family: "STIX Two Math", "Latin Modern Math", "Cambria Math", "Libertinus Math", "Noto Sans Math", math;
          font-size: 1.08em;
        }
        math[display="block"] {
          display: block math;
          margin: 1rem 0;
          padding: 0.2rem 0;
          overflow-x: auto;
          overflow-y: hidden;
        }
        .nowrap { white-space: nowrap; }
        mtd.align-left { text-align: left; }
        mtd.align-right { text-align: right; }

        /* Exercise boxes */

        .exercise {
          margin: 1.8rem 0;
          padding: 0.9rem 1.2rem 0.4rem;
          background: var(--box-background);
          border: 1px solid var(--border);
          border-left: 4px solid var(--box-border);
          border-radius: 6px;
          font-family: var(--sans);
          font-size: 0.95rem;
        }
        .exercise-heading { margin: 0 0 0.6rem; font-size: 1.05rem; font-weight: 600; }
        .exercise-label {
          display: inline-block;
          margin-right: 0.4rem;
          padding: 0.05rem 0.5rem;
          border-radius: 999px;
          background: var(--box-border);
          color: var(--background);
          font-size: 0.75rem;
          text-transform: uppercase;
          letter-spacing: 0.06em;
          vertical-align: 0.1em;
        }
        .exercise-facts {
          display: grid;
          grid-template-columns: max-content minmax(0, 1fr);
          gap: 0.3rem 1rem;
          margin: 0 0 0.6rem;
        }
        .exercise-facts dt { color: var(--muted); }
        .exercise-facts dd { margin: 0; }

        /* Recall */

        .recall-intro { color: var(--muted); font-style: italic; }
        .recall-list > li { margin: 0.8rem 0; }
        .recall details {
          margin: 0.3rem 0 0;
          padding: 0.3rem 0.8rem;
          border: 1px solid var(--border);
          border-radius: 6px;
        }
        .recall summary { cursor: pointer; font-family: var(--sans); font-size: 0.9rem; color: var(--accent); }
        .recall-answer { padding-top: 0.4rem; }

        /* Pager */

        .pager {
          display: flex;
          justify-content: space-between;
          gap: 1rem;
          font-family: var(--sans);
          font-size: 0.95rem;
        }
        .pager-top { margin-bottom: 0.5rem; font-size: 0.85rem; }
        .pager-bottom { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
        .pager a { text-decoration: none; }
        .pager span { display: block; font-size: 0.8em; color: var(--muted); }
        .pager-top span { display: inline; }
        .pager-next { margin-left: auto; text-align: right; }

        /* Contents */

        .toc { list-style: none; padding: 0; }
        .toc-chapter { margin: 0 0 1.6rem; }
        .toc a { text-decoration: none; }
        .toc a:hover { text-decoration: underline; }
        .toc-chapter-title { font-family: var(--sans); font-size: 1.25rem; font-weight: 650; }
        .toc-number {
          display: inline-block;
          min-width: 1.8rem;
          height: 1.8rem;
          margin-right: 0.4rem;
          border-radius: 50%;
          background: var(--accent-soft);
          text-align: center;
          line-height: 1.8rem;
          font-size: 0.95rem;
        }
        .toc-summary { margin: 0.3rem 0 0.4rem 2.3rem; color: var(--muted); }
        .toc-sections { margin: 0 0 0 2.3rem; padding-left: 1rem; font-size: 1rem; }
        .toc-exercises { list-style: none; padding-left: 0.6rem; margin: 0.1rem 0 0.3rem; font-size: 0.92rem; }
        .toc-exercise-label {
          font-family: var(--sans);
          font-size: 0.72rem;
          text-transform: uppercase;
          letter-spacing: 0.05em;
          color: var(--muted);
        }
        .index-links { margin-top: 2.5rem; font-family: var(--sans); }

        /* Glossary */

        .glossary dt { font-family: var(--sans); font-weight: 650; margin-top: 1.2rem; }
        .glossary dd { margin: 0.2rem 0 0 1.2rem; }
        .glossary dt:target, .exercise:target, h2:target, h3:target { background: var(--accent-soft); }

        /* Search */

        .search-results { padding-left: 1.4rem; }
        .search-results li { margin: 0 0 1.1rem; }
        .search-result-title { font-family: var(--sans); font-weight: 600; }
        .search-result-place { display: block; font-family: var(--sans); font-size: 0.85rem; color: var(--muted); }
        .search-result-snippet { margin: 0.2rem 0 0; font-size: 0.95rem; }
        mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
        #search-status { color: var(--muted); font-family: var(--sans); }

        /* Print */

        @media print {
          body { font-size: 11pt; background: white; color: black; }
          .site-header, .sidebar, .pager, .skip-link, .anchor { display: none; }
          main { max-width: none; padding: 0; }
          .print-chapter { break-before: page; }
          .print-chapter:first-of-type { break-before: auto; }
          pre.code, .exercise { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """#

    static let searchScript = #"""
        // Search for the offline book. The index is the global that search-index.js assigns (a script file, so
        // it loads from file:// where fetch() may not); everything else happens in this page.
        (function () {
          "use strict";

          var records = window.bookSearchIndex || [];
          var input = document.getElementById("search-input");
          var status = document.getElementById("search-status");
          var list = document.getElementById("search-results");
          if (!input || !status || !list) {
            return;
          }

          // Words are runs of letters, digits and underscores in any script, so "τ" and "F_p" are words.
          function words(query) {
            return query.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(function (word) {
              return word.length > 0;
            });
          }

          function occurrences(haystack, needle) {
            var count = 0;
            var at = haystack.indexOf(needle);
            while (at !== -1) {
              count += 1;
              at = haystack.indexOf(needle, at + needle.length);
            }
            return count;
          }

          // Every word must occur; a match in a title counts ten times one in the text.
          function search(query) {
            var terms = words(query);
            if (terms.length === 0) {
              return [];
            }
            var matches = [];
            records.forEach(function (record, position) {
              var title = record.title.toLowerCase();
              var text = record.text.toLowerCase();
              var score = 0;
              for (var i = 0; i < terms.length; i += 1) {
                var inTitle = occurrences(title, terms[i]);
                var inText = occurrences(text, terms[i]);
                if (inTitle + inText === 0) {
                  return;
                }
                score += 10 * inTitle + inText;
              }
              matches.push({ record: record, score: score, position: position });
            });
            matches.sort(function (a, b) {
              return b.score - a.score || a.position - b.position;
            });
            return matches;
          }

          function escapeForRegExp(text) {
            return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          }

          // A stretch of text around the first match, with the query's words marked.
          function snippet(text, terms) {
            var lower = text.toLowerCase();
            var first = text.length;
            terms.forEach(function (term) {
              var at = lower.indexOf(term);
              if (at !== -1 && at < first) {
                first = at;
              }
            });
            var start = Math.max(0, first - 80);
            var end = Math.min(text.length, first + 180);
            var excerpt = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
            var paragraph = document.createElement("p");
            paragraph.className = "search-result-snippet";
            var pattern = new RegExp("(" + terms.map(escapeForRegExp).join("|") + ")", "giu");
            excerpt.split(pattern).forEach(function (part, index) {
              if (index % 2 === 1) {
                var mark = document.createElement("mark");
                mark.textContent = part;
                paragraph.appendChild(mark);
              } else if (part.length > 0) {
                paragraph.appendChild(document.createTextNode(part));
              }
            });
            return paragraph;
          }

          function show(query) {
            var matches = search(query);
            var terms = words(query);
            list.textContent = "";
            if (terms.length === 0) {
              status.textContent = "";
              return;
            }
            status.textContent = matches.length === 0
              ? "Nothing in the book matches “" + query + "”."
              : matches.length + (matches.length === 1 ? " section matches" : " sections match") + " “" + query + "”.";
            matches.slice(0, 60).forEach(function (match) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.className = "search-result-title";
              link.href = match.record.url;
              link.textContent = match.record.title;
              var place = document.createElement("span");
              place.className = "search-result-place";
              place.textContent = match.record.place;
              item.appendChild(link);
              item.appendChild(place);
              item.appendChild(snippet(match.record.text, terms));
              list.appendChild(item);
            });
          }

          // The query comes from the form (search.html?q=…) or from a link (search.html#search=…).
          var query = new URLSearchParams(window.location.search).get("q") || "";
          if (!query && window.location.hash.indexOf("#search=") === 0) {
            query = decodeURIComponent(window.location.hash.slice("#search=".length));
          }
          input.value = query;
          show(query);
          input.addEventListener("input", function () {
            show(input.value);
          });
        })();

        """#
}
