// Progressive help for people with a keyboard and a mouse; every page works without it.
(function () {
  "use strict";

  // Selecting words in the article fills the "add a quote" form with the text and its offset.
  var article = document.getElementById("article-text");
  var quoteText = document.getElementById("quote-text");
  var quoteStart = document.getElementById("quote-start");
  if (article && quoteText && quoteStart) {
    article.addEventListener("mouseup", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !article.contains(selection.anchorNode)) return;
      var range = selection.getRangeAt(0);
      var before = document.createRange();
      before.setStart(article, 0);
      before.setEnd(range.startContainer, range.startOffset);
      quoteText.value = range.toString();
      quoteStart.value = before.toString().length;
    });
  }

  // Review page shortcuts: 1-6 pick a verdict, n/p/u move between quotes, s saves, ? shows them all.
  var verdictForm = document.getElementById("verdict-form");
  if (verdictForm) {
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.tagName === "INPUT" && target.type !== "radio" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
      var help = document.getElementById("shortcuts");
      if (event.key === "?" && help) {
        if (help.open) help.close(); else help.showModal();
        event.preventDefault();
        return;
      }
      var radio = verdictForm.querySelector('input[name="verdict"][data-key="' + event.key + '"]');
      if (radio) { radio.checked = true; radio.focus(); event.preventDefault(); return; }
      if (event.key === "s") { verdictForm.requestSubmit(); event.preventDefault(); return; }
      var link = document.querySelector('a[data-key="' + event.key + '"]');
      if (link) { window.location.href = link.href; event.preventDefault(); }
    });
  }
})();
