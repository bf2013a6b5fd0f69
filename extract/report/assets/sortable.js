// Click a column header of a sortable table to sort by it; click again to reverse.
(function () {
  function cellKey(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var raw = cell.getAttribute("data-value");
    return raw === null ? cell.textContent.trim().toLowerCase() : parseFloat(raw);
  }
  function compare(a, b) {
    var numberA = typeof a === "number", numberB = typeof b === "number";
    if (numberA && numberB) { return a - b; }
    if (numberA) { return -1; }
    if (numberB) { return 1; }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, index) {
      header.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(cellKey(a, index), cellKey(b, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  document.body.setAttribute("data-sortable-ready", "yes");
})();
