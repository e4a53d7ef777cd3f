// The home page map: every campus as a dot in its scorecard color (colored campuses drawn larger
// and on top). Leaflet is served locally by datasette-leaflet; tiles come from the configured
// tile server and are optional: the markers show even when tiles cannot load.
(function () {
  // Colors and labels arrive with the points, from scorecard/method.py.
  function start() {
    const el = document.getElementById("sc-map");
    if (!el) return;
    // datasette-leaflet ships Leaflet as an ES module.
    import(el.dataset.leaflet).then((L) => draw(el, L));
  }

  function draw(el, L) {
    const map = L.map(el, {preferCanvas: false}).setView([39.5, -97], 4);
    L.tileLayer(el.dataset.tiles || "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    }).addTo(map);
    const canvas = L.canvas({padding: 0.5});
    fetch(el.dataset.points).then((r) => r.json()).then((data) => {
      const colors = data.colors;
      let shown = 0;
      for (const [slug, name, lat, lon, color] of data.points) {
        const surveyed = color !== "gray";
        const marker = L.circleMarker([lat, lon], {
          // Thousands of gray dots go on one canvas; the few colored ones are SVG, on top and clickable.
          renderer: surveyed ? undefined : canvas,
          radius: surveyed ? 7 : 2, weight: surveyed ? 2 : 0, color: "#1a1a1a",
          fillColor: colors[color].hex, fillOpacity: surveyed ? 0.95 : 0.5,
          className: "sc-marker sc-marker-" + color,
        });
        const link = document.createElement("a");
        link.href = el.dataset.campusPrefix + slug;
        link.textContent = name;
        const popup = document.createElement("div");
        popup.append(link, document.createElement("br"), colors[color].label);
        marker.bindPopup(popup);
        marker.addTo(map);
        shown += 1;
      }
      el.dataset.markers = String(shown);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
