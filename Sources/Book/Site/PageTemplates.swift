import WorkbookModel

/// The HTML of each page of the book. Every page links only to files beside it (`style.css`, other pages), so
/// the book works from `file://` with no server and no network.
struct PageTemplates {
    let documents: [ChapterDocument]
    let glossary: [GlossaryEntry]

    // MARK: Pages

    func indexPage() -> String {
        var main = """
            <main class="index" id="content">
            <h1>\(escape(BookBuilder.bookTitle))</h1>
            <p class="subtitle">\(escape(BookBuilder.bookSubtitle))</p>
            <section class="how-to">
            <h2 id="how-to-work">How to work through it</h2>
            <p>Read the chapters in order: each builds on the ones before it. Where a chapter reaches an exercise, \
            a box names the file and function to write and the command that checks your work against the hidden \
            tests. In a terminal at the root of the workbook:</p>
            <ul>
            <li><code>swift run tutor</code> shows the next exercise;</li>
            <li><code>swift run tutor check ID</code> runs one exercise's tests;</li>
            <li><code>swift run tutor hint ID</code> gives a hint, one more each time;</li>
            <li><code>swift run tutor read</code> shows the chapter you are on in the terminal, for reading without \
            a browser.</li>
            </ul>
            </section>
            <section class="path">
            <h2 id="the-path">The path</h2>

            """
        if documents.isEmpty {
            main += "<p>No chapters have been written yet.</p>\n"
        } else {
            main += "<ol class=\"toc\">\n"
            for document in documents {
                main += tableOfContentsEntry(for: document)
            }
            main += "</ol>\n"
        }
        main += """
            </section>
            <p class="index-links"><a href="glossary.html">Glossary</a> · <a href="print.html">All chapters on one \
            page</a> · <a href="search.html">Search</a></p>
            </main>

            """
        return page(title: nil, main: main)
    }

    func chapterPage(_ document: ChapterDocument, previous: ChapterDocument?, next: ChapterDocument?) -> String {
        var main = "<main class=\"chapter\" id=\"content\">\n"
        main += pager(previous: previous, next: next, position: "top")
        main += chapterBody(document, recallOpen: false)
        main += pager(previous: previous, next: next, position: "bottom")
        main += "</main>\n"
        return page(
            title: "\(document.chapter.number). \(document.chapter.title)", main: main,
            sidebar: sidebar(current: document))
    }

    func printPage(_ printDocuments: [ChapterDocument]) -> String {
        var main = """
            <main class="print" id="content">
            <h1>\(escape(BookBuilder.bookTitle))</h1>
            <p class="subtitle">\(escape(BookBuilder.bookSubtitle))</p>

            """
        if printDocuments.isEmpty { main += "<p>No chapters have been written yet.</p>\n" }
        for document in printDocuments {
            main += "<article class=\"print-chapter\" id=\"\(escape(document.chapter.folderName))\">\n"
            main += chapterBody(document, recallOpen: true)
            main += "</article>\n"
        }
        if !glossary.isEmpty {
            main += "<article class=\"print-chapter\" id=\"glossary\">\n<h1>Glossary</h1>\n"
            main += glossaryList()
            main += "</article>\n"
        }
        main += "</main>\n"
        return page(title: "All chapters", main: main)
    }

    func glossaryPage() -> String {
        var main = "<main class=\"glossary-page\" id=\"content\">\n<h1>Glossary</h1>\n"
        main += glossary.isEmpty ? "<p>The glossary is empty.</p>\n" : glossaryList()
        main += "</main>\n"
        return page(title: "Glossary", main: main)
    }

    func searchPage() -> String {
        let main = """
            <main class="search-page" id="content">
            <h1>Search</h1>
            <form class="search-form search-form-large" action="search.html" method="get" role="search">
            <input id="search-input" type="search" name="q" autocomplete="off" aria-label="Search the book" \
            placeholder="A word or two, e.g. Montgomery">
            </form>
            <p id="search-status" role="status"></p>
            <ol id="search-results" class="search-results"></ol>
            <noscript><p>Search runs in the page and needs JavaScript. The <a href="index.html">contents</a> list \
            every section.</p></noscript>
            </main>

            """
        return page(title: "Search", main: main, scripts: ["search-index.js", "search.js"])
    }

    // MARK: Parts

    private func page(title: String?, main: String, sidebar: String? = nil, scripts: [String] = []) -> String {
        let fullTitle = title.map { "\($0) · \(BookBuilder.bookTitle)" } ?? BookBuilder.bookTitle
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(escape(fullTitle))</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body>
            <a class="skip-link" href="#content">Skip to the text</a>
            <header class="site-header">
            <a class="brand" href="index.html">\(escape(BookBuilder.bookTitle))</a>
            <nav class="site-nav" aria-label="Book">
            <a href="index.html">Contents</a>
            <a href="glossary.html">Glossary</a>
            <a href="print.html">Print</a>
            </nav>
            <form class="search-form" action="search.html" method="get" role="search">
            <input type="search" name="q" placeholder="Search" aria-label="Search the book">
            </form>
            </header>

            """
        if let sidebar {
            html += "<div class=\"layout\">\n\(sidebar)\(main)</div>\n"
        } else {
            html += main
        }
        for script in scripts {
            html += "<script src=\"\(escape(script))\"></script>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    private func tableOfContentsEntry(for document: ChapterDocument) -> String {
        let chapter = document.chapter
        var html = """
            <li class="toc-chapter">
            <a class="toc-chapter-title" href="\(escape(document.pageName))"><span class="toc-number">\(chapter.number)</span> \
            \(escape(chapter.title))</a>
            <p class="toc-summary">\(escape(chapter.summary))</p>
            <ol class="toc-sections">

            """
        for section in document.sections where section.id != nil || !section.exercises.isEmpty {
            let href = document.pageName + (section.id.map { "#\($0)" } ?? "")
            html += "<li><a href=\"\(escape(href))\">\(escape(section.title))</a>"
            html += exerciseLinks(section.exercises, page: document.pageName)
            html += "</li>\n"
        }
        if !document.unplacedExercises.isEmpty {
            html += "<li><a href=\"\(escape(document.pageName))#exercises\">Exercises</a>"
            html += exerciseLinks(document.unplacedExercises, page: document.pageName)
            html += "</li>\n"
        }
        if !document.recall.isEmpty {
            html += "<li><a href=\"\(escape(document.pageName))#recall-questions\">Recall</a></li>\n"
        }
        html += "</ol>\n</li>\n"
        return html
    }

    private func exerciseLinks(_ exercises: [Exercise], page: String) -> String {
        guard !exercises.isEmpty else { return "" }
        var html = "\n<ul class=\"toc-exercises\">\n"
        for exercise in exercises {
            html +=
                "<li><a href=\"\(escape("\(page)#exercise-\(exercise.id)"))\"><span class=\"toc-exercise-label\">Exercise"
                + "</span> \(escape(exercise.title)) <code>\(escape(exercise.id))</code></a></li>\n"
        }
        return html + "</ul>\n"
    }

    private func sidebar(current: ChapterDocument) -> String {
        var html = "<nav class=\"sidebar\" aria-label=\"Chapters\">\n<ol class=\"sidebar-chapters\">\n"
        for document in documents {
            let isCurrent = document.chapter.number == current.chapter.number
            html +=
                "<li\(isCurrent ? " class=\"current\"" : "")><a href=\"\(escape(document.pageName))\"\(isCurrent ? " aria-current=\"page\"" : "")>"
                + "\(document.chapter.number). \(escape(document.chapter.title))</a>"
            if isCurrent {
                var sections = document.sections.compactMap { section in section.id.map { ($0, section.title) } }
                if !document.unplacedExercises.isEmpty { sections.append(("exercises", "Exercises")) }
                if !document.recall.isEmpty { sections.append(("recall-questions", "Recall")) }
                if !sections.isEmpty {
                    html += "\n<ol class=\"sidebar-sections\">\n"
                    for (id, title) in sections {
                        html += "<li><a href=\"#\(escape(id))\">\(escape(title))</a></li>\n"
                    }
                    html += "</ol>\n"
                }
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    private func pager(previous: ChapterDocument?, next: ChapterDocument?, position: String) -> String {
        var html = "<nav class=\"pager pager-\(position)\" aria-label=\"Chapters\">\n"
        if let previous {
            html +=
                "<a class=\"pager-previous\" rel=\"prev\" href=\"\(escape(previous.pageName))\"><span>Previous</span> "
                + "\(previous.chapter.number). \(escape(previous.chapter.title))</a>\n"
        }
        if let next {
            html +=
                "<a class=\"pager-next\" rel=\"next\" href=\"\(escape(next.pageName))\"><span>Next</span> "
                + "\(next.chapter.number). \(escape(next.chapter.title))</a>\n"
        }
        return html + "</nav>\n"
    }

    /// A chapter's text with its exercise boxes and recall questions; shared by its page and the print page.
    private func chapterBody(_ document: ChapterDocument, recallOpen: Bool) -> String {
        let chapter = document.chapter
        let prefix = document.idPrefix
        var html = "<p class=\"eyebrow\">Chapter \(chapter.number)</p>\n"
        if !document.hasTitleHeading { html += "<h1>\(escape(chapter.title))</h1>\n" }
        html += document.text.pageHTML { marker in
            // ChapterDocument has checked every marker against the catalog.
            exerciseBox(chapter.exercises.first { $0.id == marker.id }!, idPrefix: prefix)
        }
        if !document.unplacedExercises.isEmpty {
            html += "<section class=\"exercises\">\n<h2 id=\"\(escape(prefix))exercises\">Exercises</h2>\n"
            html += document.unplacedExercises.map { exerciseBox($0, idPrefix: prefix) }.joined()
            html += "</section>\n"
        }
        if !document.recall.isEmpty {
            html += """
                <section class="recall">
                <h2 id="\(escape(prefix))recall-questions">Recall<a class="anchor" href="#\(escape(prefix))recall-questions" \
                aria-label="Link to this section">#</a></h2>
                <p class="recall-intro">Answer each question from memory before opening its answer, and come back \
                to them in a few days: recalling is what makes it stay.</p>
                <ol class="recall-list">

                """
            for item in document.recall {
                html += "<li>\n<div class=\"recall-question\">\(item.question.pageHTML { _ in "" })</div>\n"
                html += "<details\(recallOpen ? " open" : "")><summary>Answer</summary>\n"
                html += "<div class=\"recall-answer\">\(item.answer.pageHTML { _ in "" })</div>\n</details>\n</li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        return html
    }

    /// The box where the learner leaves the text for the editor: what to write, where, and how to check it.
    private func exerciseBox(_ exercise: Exercise, idPrefix: String) -> String {
        let functions = exercise.functions.map { "<code>\(escape($0))</code>" }.joined(separator: ", ")
        return """
            <aside class="exercise" id="\(escape("\(idPrefix)exercise-\(exercise.id)"))" aria-label="Exercise \(escape(exercise.id))">
            <p class="exercise-heading"><span class="exercise-label">Exercise</span> \
            <span class="exercise-title">\(escape(exercise.title))</span></p>
            <dl class="exercise-facts">
            <dt>ID</dt><dd><code>\(escape(exercise.id))</code></dd>
            <dt>Edit</dt><dd><code>\(escape(exercise.exercisePath))</code></dd>
            <dt>Write</dt><dd>\(functions)</dd>
            <dt>Check</dt><dd><code>\(escape(exercise.checkCommand))</code></dd>
            <dt>Tests</dt><dd><code>\(escape(exercise.testCommand))</code></dd>
            </dl>
            </aside>

            """
    }

    private func glossaryList() -> String {
        var html = "<dl class=\"glossary\">\n"
        for entry in glossary {
            html +=
                "<dt id=\"\(escape(entry.id))\">\(escape(entry.term))</dt>\n<dd>\(entry.definition.pageHTML { _ in "" })</dd>\n"
        }
        return html + "</dl>\n"
    }

    /// Text and attribute values alike: every attribute here is double-quoted, so escaping `"` with `&`, `<` and
    /// `>` keeps any value (an ID, a file name, a title) inside its attribute.
    private func escape(_ text: String) -> String { MathMLWriter.escape(text) }
}
