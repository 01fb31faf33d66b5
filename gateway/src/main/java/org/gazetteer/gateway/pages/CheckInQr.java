package org.gazetteer.gateway.pages;

import io.nayuki.qrcodegen.QrCode;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A reservation's check-in as a QR code: the console's page that checks the visitor in once staff
 * confirm ({@code /console#/check-in/<reservation>/<code>}), drawn as SVG. The code is the one the
 * visitor also reads aloud; the picture carries nothing else, so anyone may draw it.
 */
final class CheckInQr {

  /** A reservation's check-in code, as the reservations service issues it. */
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{6}");

  /** Light modules around the symbol, as the QR specification asks. */
  private static final int QUIET_ZONE = 4;

  private CheckInQr() {}

  /** The console page a scan opens, or empty when either part is not well formed. */
  static Optional<String> link(String consoleUrl, String reservation, String code) {
    if (reservation == null || code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    try {
      UUID id = UUID.fromString(reservation);
      if (!id.toString().equalsIgnoreCase(reservation)) {
        return Optional.empty(); // UUID.fromString also takes shortened groups
      }
      return Optional.of(consoleUrl + "#/check-in/" + id + "/" + code);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code text} as a QR symbol (medium error correction): one path of dark unit squares. */
  static String svg(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int side = qr.size + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + side
        + " "
        + side
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
