// Offline search over assets/search-index.js (window.GGZNET_SEARCH), built by `ggznet site`.
// Like `ggznet search`: every word must match; case and accents are ignored; names weigh most.
(function () {
  "use strict";
  var MAX_SHOWN = 100;
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");
  }
  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  function score(doc, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var whole = new RegExp("(?<![\\p{L}\\p{N}_])" + escapeRegExp(terms[t]) + "(?![\\p{L}\\p{N}_])", "u");
      var termScore = 0;
      for (var f = 0; f < doc[4].length; f++) {
        var weight = doc[4][f][0], text = doc[4][f][1];
        var count = text.split(terms[t]).length - 1;
        if (!count) continue;
        termScore += weight * (whole.test(text) ? 1.5 : 1) * (1 + 0.2 * Math.min(count - 1, 4));
      }
      if (!termScore) return 0;
      total += termScore;
    }
    return total;
  }
  function say(status, key, values) {
    var text = status.dataset[key];
    Object.keys(values).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); });
    return text;
  }
  function run() {
    var input = document.getElementById("q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) { status.textContent = say(status, "empty", {}); return; }
    var hits = [];
    (window.GGZNET_SEARCH || []).forEach(function (doc) {
      var s = score(doc, terms);
      if (s) hits.push([s, doc]);
    });
    hits.sort(function (a, b) { return b[0] - a[0] || (a[1][0] < b[1][0] ? -1 : 1); });
    var message = hits.length === 0 ? say(status, "none", {query: query})
      : hits.length === 1 ? say(status, "one", {query: query})
      : say(status, "results", {count: hits.length, query: query});
    if (hits.length > MAX_SHOWN) message += " " + say(status, "more", {shown: MAX_SHOWN});
    status.textContent = message;
    hits.slice(0, MAX_SHOWN).forEach(function (hit) {
      var doc = hit[1], item = document.createElement("li"), link = document.createElement("a");
      var kind = document.createElement("span"), snippet = document.createElement("p");
      link.href = doc[0];
      link.textContent = doc[1];
      kind.className = "type";
      kind.textContent = " (" + doc[2] + ")";
      item.append(link, kind);
      if (doc[3]) { snippet.textContent = doc[3]; item.append(snippet); }
      list.append(item);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run); else run();
})();
