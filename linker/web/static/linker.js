/* linker — small enhancements over pages that work without JavaScript.
 *
 * Popovers (of cited instruments and of named rights alike): CSS already shows a
 * mention's popover on hover and keyboard focus. This adds: tap to open on touch
 * screens (a second tap follows the link), Escape to dismiss, and keeping the popover
 * inside the viewport. Also: "Copy" for the shareable address,
 * and live filtering of the instrument list as one types.
 */
(function () {
  "use strict";

  var MARGIN = 8;

  function cites() {
    return Array.prototype.slice.call(document.querySelectorAll(".linker-cite"));
  }

  function closeAll(except) {
    cites().forEach(function (cite) {
      if (cite !== except) {
        cite.classList.remove("is-open");
      }
    });
  }

  /* Keep the popover on screen: shift it left or right, and open it upwards when
     there is no room below. */
  function place(cite) {
    var tip = cite.querySelector(".linker-popover");
    if (!tip) {
      return;
    }
    tip.style.left = "";
    cite.classList.remove("is-above");
    var rect = tip.getBoundingClientRect();
    if (rect.width === 0) {
      return;
    }
    /* clientWidth, not innerWidth: on phones an overflowing popover widens innerWidth. */
    var width = document.documentElement.clientWidth;
    var height = document.documentElement.clientHeight;
    var shift = 0;
    if (rect.right > width - MARGIN) {
      shift = width - MARGIN - rect.right;
    }
    if (rect.left + shift < MARGIN) {
      shift = MARGIN - rect.left;
    }
    if (shift !== 0) {
      tip.style.left = shift + "px";
    }
    var anchor = cite.getBoundingClientRect();
    if (rect.bottom > height - MARGIN && anchor.top > rect.height + MARGIN) {
      cite.classList.add("is-above");
    }
  }

  function setUpPopovers() {
    var touch = window.matchMedia && window.matchMedia("(hover: none)").matches;

    cites().forEach(function (cite) {
      var link = cite.querySelector(".linker-mention, .linker-right");
      cite.addEventListener("mouseenter", function () {
        cite.classList.remove("is-dismissed");
        place(cite);
      });
      cite.addEventListener("focusin", function () {
        cite.classList.remove("is-dismissed");
        place(cite);
      });
      cite.addEventListener("focusout", function (event) {
        if (!cite.contains(event.relatedTarget)) {
          cite.classList.remove("is-open");
        }
      });
      if (link && touch) {
        link.addEventListener("click", function (event) {
          if (!cite.classList.contains("is-open")) {
            event.preventDefault();
            closeAll(cite);
            cite.classList.remove("is-dismissed");
            cite.classList.add("is-open");
            place(cite);
          }
        });
      }
    });

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") {
        return;
      }
      cites().forEach(function (cite) {
        if (cite.classList.contains("is-open") || cite.matches(":hover, :focus-within")) {
          cite.classList.remove("is-open");
          cite.classList.add("is-dismissed");
        }
      });
    });

    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".linker-cite")) {
        closeAll(null);
      }
    });
  }

  function setUpCopy() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var field = document.getElementById(button.getAttribute("data-copy"));
      if (!field || !navigator.clipboard) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(
          function () {
            button.textContent = "Copied";
          },
          function () {
            field.select();
          }
        );
      });
    });
  }

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[\u2018\u2019`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s+/g, " ")
      .trim();
  }

  function setUpFilter() {
    var input = document.querySelector("input[data-filter]");
    var table = input && document.getElementById(input.getAttribute("data-filter"));
    var count = document.getElementById("instrument-count");
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    input.addEventListener("input", function () {
      var wanted = fold(input.value);
      var shown = 0;
      rows.forEach(function (row) {
        var match = !wanted || row.getAttribute("data-search").indexOf(wanted) !== -1;
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      if (count) {
        count.textContent = wanted
          ? shown + " of " + rows.length + " instruments match."
          : rows.length + " instruments.";
      }
    });
  }

  function start() {
    setUpPopovers();
    setUpCopy();
    setUpFilter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
