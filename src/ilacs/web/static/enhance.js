// Enhancement only: every page reads and navigates without it.
// In a static site the date control cannot ask a server, so it goes straight to the page
// written for the chosen date and judgement.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form.controls[data-static='yes']");
  if (!form) return;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var at = form.querySelector("[name=at]").value;
    var judgement = form.querySelector("[name=judgement]").value;
    window.location.href = form.getAttribute("data-base") + at + "/" + judgement + ".html";
  });
});
