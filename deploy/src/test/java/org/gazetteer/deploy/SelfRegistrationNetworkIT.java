package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor creates their own account on the realm's registration page, in Chinese by default,
 * signs in with it through the authorization code flow with PKCE of the web client, and is a
 * visitor: their own bookings, none of the network's roles. Driven over HTTP as a browser would
 * (the pages' form, its cookies, the redirect with the code); the browser tests of the web apps go
 * through the same pages in Chromium.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class SelfRegistrationNetworkIT {

  /** A redirect URI the web client allows; Keycloak only redirects to it, nothing is fetched. */
  private static final String REDIRECT = "http://localhost:8080/docs/oauth2-redirect.html";

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final List<String> NETWORK_ROLES =
      List.of(
          "network-admin", "curator", "reading-room-staff", "event-organizer", "alliance-member");

  private NetworkConfig config;
  private String api;
  private String username;
  private String verifier;

  @BeforeEach
  void setUp(SharedNetwork network) {
    config = network.config();
    api = network.api();
    username = "visitor-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  @AfterEach
  void deleteAccount() {
    KeycloakAdmin admin = new KeycloakAdmin(config);
    admin.userIds(username).forEach(admin::deleteUser);
  }

  @Test
  void theLoginPageIsChineseUnlessEnglishIsAskedFor() {
    String zh = page("auth", Map.of()).asString();
    assertTrue(zh.contains("lang=\"zh-CN\""), "login page in zh-CN");
    assertTrue(zh.contains("登录"), "a Chinese label");
    assertTrue(zh.contains("registration"), "a link to register");
    String en = page("auth", Map.of("ui_locales", "en")).asString();
    assertTrue(en.contains("lang=\"en\""), "login page in English when asked");
  }

  @Test
  void aVisitorRegistersSignsInAndHasNoRoleOfTheNetwork() {
    String code = register();
    String token =
        given()
            .contentType(ContentType.URLENC)
            .formParams(
                Map.of(
                    "grant_type", "authorization_code",
                    "client_id", "gazetteer-web",
                    "code", code,
                    "redirect_uri", REDIRECT,
                    "code_verifier", verifier))
            .post(config.issuer() + "/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    String claims =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    assertTrue(claims.contains("\"preferred_username\":\"" + username + "\""), claims);
    for (String role : NETWORK_ROLES) {
      assertFalse(claims.contains("\"" + role + "\""), role + " in " + claims);
    }

    given()
        .header("Authorization", "Bearer " + token)
        .get(api + "/reservations")
        .then()
        .statusCode(200)
        .body("items", empty());
    given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body(NetworkFixtures.exhibit("自助注册者的展品"))
        .post(api + "/exhibits")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  /** Fills in the registration page; returns the authorization code Keycloak redirects with. */
  private String register() {
    Response form = page("registrations", Map.of());
    form.then().statusCode(200).body(containsString("lang=\"zh-CN\""));
    String password = "Reg-" + UUID.randomUUID();
    Response registered =
        given()
            .redirects()
            .follow(false)
            .cookies(form.getCookies())
            // as a browser sends the form: UTF-8, so that Chinese names arrive as typed
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .formParams(
                Map.of(
                    "username",
                    username,
                    "email",
                    username + "@e2e.gazetteer.example",
                    "firstName",
                    "自助",
                    "lastName",
                    "注册",
                    "password",
                    password,
                    "password-confirm",
                    password))
            .post(action(form.asString()));
    assertEquals(302, registered.statusCode(), registered.asString());
    URI location = URI.create(registered.header("Location"));
    assertEquals(
        REDIRECT, location.getScheme() + "://" + location.getAuthority() + location.getPath());
    Map<String, String> query =
        List.of(location.getRawQuery().split("&")).stream()
            .map(pair -> pair.split("=", 2))
            .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    assertEquals("e2e-state", query.get("state"));
    return query.get("code");
  }

  /** A page of the realm's code flow ({@code auth} or {@code registrations}) for the web client. */
  private Response page(String endpoint, Map<String, String> extra) {
    return given()
        .redirects()
        .follow(false)
        .queryParams(
            Map.of(
                "client_id", "gazetteer-web",
                "response_type", "code",
                "redirect_uri", REDIRECT,
                "scope", "openid",
                "state", "e2e-state",
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"))
        .queryParams(extra)
        .get(config.issuer() + "/protocol/openid-connect/" + endpoint);
  }

  private static String action(String html) {
    Matcher matcher = FORM_ACTION.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no form on the page:\n" + html);
    }
    return matcher.group(1).replace("&amp;", "&");
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
