package org.dlf.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;

/**
 * Spring Security the Vaadin way: views decide with their annotations (@AnonymousAllowed on the course,
 * @RolesAllowed("TEACHER") on teacher pages); form sign-in at /login (the session id changes at sign-in,
 * Spring Security's default session fixation protection), kept across a replica's death by {@link SignInTokens};
 * probes, metrics and static files stay open.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInTokens signIns) throws Exception {
        // a teacher whose replica died is signed in again on the next one from the token in the shared database
        http.rememberMe(remember -> remember.rememberMeServices(signIns))
                .addFilterAfter(signIns.usage(), RememberMeAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/metrics/**")
                .permitAll()
                .requestMatchers("/figures/**", "/styles/**", "/images/**", "/icons/**")
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/")
                        .defaultSuccessUrl("/teacher")
                        // every other request reaches Vaadin, whose navigation access control checks the view
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt by default
    }
}
