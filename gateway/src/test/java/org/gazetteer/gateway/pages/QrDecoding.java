package org.gazetteer.gateway.pages;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a QR code drawn as SVG (unit squares on a square view box) with ZXing's decoder. */
final class QrDecoding {

  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
  private static final int SCALE = 4;

  private QrDecoding() {}

  static String decode(String svg) {
    Matcher box = VIEW_BOX.matcher(svg);
    if (!box.find()) {
      throw new AssertionError("no view box in " + svg);
    }
    int side = Integer.parseInt(box.group(1));
    int pixels = side * SCALE;
    int[] image = new int[pixels * pixels];
    Arrays.fill(image, 0xFFFFFF);
    Matcher module = MODULE.matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < SCALE; dy++) {
        Arrays.fill(
            image,
            (y * SCALE + dy) * pixels + x * SCALE,
            (y * SCALE + dy) * pixels + (x + 1) * SCALE,
            0);
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, image)));
    try {
      return new QRCodeReader()
          .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
          .getText();
    } catch (NotFoundException e) {
      throw new AssertionError("no QR code found", e);
    } catch (ReaderException e) {
      throw new AssertionError("the QR code does not read", e);
    }
  }
}
