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
