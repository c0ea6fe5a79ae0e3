package org.dlf.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Spring Security the Vaadin way: views decide with their annotations (@AnonymousAllowed on the course,
 * @RolesAllowed("TEACHER") on teacher pages); form sign-in at /login (the session id changes at sign-in,
 * Spring Security's default session fixation protection), throttled by {@link SignInGuard} and protected
 * against cross-site posts by the CSRF token that Vaadin's login form sends (Vaadin's configurer would
 * exempt the form). Of the actuator only health is public; the rest answers on the operators' port alone
 * ({@link OperatorPort}). Every response has a Content-Security-Policy ({@link ContentSecurityPolicy}) and
 * sends no referrer to other sites. A teacher stays signed in across a replica's death by {@link SignInTokens}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil vaadinRequests,
            OperatorPort operators,
            SignInThrottle throttle,
            KnownDevices devices,
            SignInTokens signIns)
            throws Exception {
        // a teacher whose replica died is signed in again on the next one from the token in the shared database
        http.rememberMe(remember -> remember.rememberMeServices(signIns))
                .addFilterAfter(signIns.usage(), RememberMeAuthenticationFilter.class);
        RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        http.authorizeHttpRequests(auth -> auth.requestMatchers(RequestMatchers.allOf(operators::matches, actuator))
                .permitAll()
                .requestMatchers(operators::matches)
                .denyAll()
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers(actuator)
                .denyAll()
                .requestMatchers("/figures/**", "/styles/**", "/images/**", "/icons/**")
                .permitAll());
        // refused, not sent to the sign-in page (which the operators' port does not serve either)
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.FORBIDDEN), RequestMatchers.anyOf(actuator, operators::matches)));
        // Vaadin's own requests carry Vaadin's CSRF token; every other post (the sign-in form) needs Spring's
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.OTHER)));
        SignInGuard guard = new SignInGuard(throttle, devices);
        http.addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class);
        // the login page set here too, before Vaadin's configurer does: else Spring Security would generate its own
        http.formLogin(form -> form.loginPage(SignInGuard.LOGIN).failureHandler(guard.failure()));
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, guard.success("/teacher"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInGuard.LOGIN, "/")
                        .enableCsrfConfiguration(false)
                        // every other request reaches Vaadin, whose navigation access control checks the view
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt by default
    }
}
