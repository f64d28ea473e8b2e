(function () {
  "use strict";
  var search = document.getElementById("event-search");
  var typeSelect = document.getElementById("event-type");
  var counter = document.getElementById("event-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#event-table tbody tr"));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var type = typeSelect.value;
    var shown = 0;
    rows.forEach(function (row, index) {
      var ok = (!type || row.getAttribute("data-type") === type) &&
        words.every(function (word) { return texts[index].indexOf(word) !== -1; });
      row.classList.toggle("hidden", !ok);
      if (ok) { shown += 1; }
    });
    counter.textContent = shown + " of " + rows.length + " events shown";
  }

  search.addEventListener("input", apply);
  typeSelect.addEventListener("change", apply);
  apply();
}());
