package dev.atende.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The footer's light / dark / system switch: a plain form, so it works without script. */
@Controller
class ColourSchemeSwitch {

    @PostMapping("/colour-scheme")
    ResponseEntity<Void> choose(@RequestParam(required = false) String scheme,
            @RequestParam(name = "back", required = false) String back, HttpServletRequest request) {
        ColourScheme chosen = ColourScheme.parse(scheme);
        if (chosen == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        ResponseCookie cookie = ResponseCookie.from(ColourScheme.COOKIE, chosen.code())
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(chosen == ColourScheme.AUTO ? Duration.ZERO : Duration.ofDays(365))
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, request.getContextPath() + localPath(back))
                .build();
    }

    /** Back to the page the switch was on; only a path of this site, never another host. */
    static String localPath(String back) {
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//")
                || back.contains("\\") || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
