// The home page map: every campus as a dot in its scorecard color (colored campuses drawn larger
// and on top). Leaflet is served locally by datasette-leaflet; tiles come from the configured
// tile server and are optional: the markers show even when tiles cannot load.
(function () {
  // Colors and labels arrive with the points, from scorecard/method.py. Shapes match usmap.py:
  // WON'T USE a circle, MIGHT USE a diamond, USING OR PLANNING a triangle.
  const SHAPES = {
    green: "M9,3.5a5.5,5.5 0 1,0 0.001,0z",
    yellow: "M9,1.5L16.5,9L9,16.5L1.5,9z",
    red: "M9,1.5L16.5,15.5L1.5,15.5z",
  };
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
        // Thousands of gray dots go on one canvas; colored campuses are markers shaped by their
        // color (as on the server-rendered map), focusable with Tab, Enter opening the popup.
        const marker = surveyed
          ? L.marker([lat, lon], {
            keyboard: true, title: name + ": " + colors[color].label, alt: name + ": " + colors[color].label,
            icon: L.divIcon({className: "sc-marker-icon", iconSize: [18, 18], iconAnchor: [9, 9],
              html: '<svg viewBox="0 0 18 18" width="18" height="18" aria-hidden="true"><path class="sc-marker sc-marker-' +
                color + '" d="' + SHAPES[color] + '" fill="' + colors[color].hex + '" stroke="#1a1a1a" stroke-width="1.5"/></svg>'}),
          })
          : L.circleMarker([lat, lon], {
            renderer: canvas, radius: 2, weight: 0, fillColor: colors[color].hex, fillOpacity: 0.5,
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
