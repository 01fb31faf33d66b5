package org.gazetteer.museums.feed;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the change feed page by page as a harvester does, within a bounded number of pages. */
public final class ChangeFeedReader {

  private static final int MAX_PAGES = 200;

  private ChangeFeedReader() {}

  /** The token of the newest entry, read page by page like a harvester. */
  public static String lastToken() {
    String since = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonPath feed = read(since);
      List<String> tokens = feed.getList("items.token");
      if (!tokens.isEmpty()) {
        since = tokens.get(tokens.size() - 1);
      }
      if (feed.getString("next") == null) {
        return since;
      }
    }
    throw new AssertionError("the feed did not end within " + MAX_PAGES + " pages");
  }

  /** The entries about one exhibit after {@code since}, in feed order. */
  public static List<Map<String, Object>> entriesOf(String exhibit, String since) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonPath feed = read(since);
      List<Map<String, Object>> items = feed.getList("items");
      items.stream().filter(e -> exhibit.equals(e.get("exhibit"))).forEach(found::add);
      if (feed.getString("next") == null) {
        return found;
      }
      since = feed.getString("next");
    }
    throw new AssertionError("the feed did not end within " + MAX_PAGES + " pages");
  }

  private static JsonPath read(String since) {
    var request = given().queryParam("limit", 100);
    if (since != null) {
      request.queryParam("since", since);
    }
    return request.get("/api/exhibits/changes").then().statusCode(200).extract().jsonPath();
  }
}
