package org.dlf.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teacher accounts: creating one (password hashed), changing a password, looking one up for sign-in.
 * Every change follows {@link AccountRules} and is refused with an {@link AccountException}.
 */
@Service
public class TeacherAccounts implements UserDetailsService {

    public static final String ROLE = "TEACHER";

    private final TeacherRepository teachers;
    private final PasswordEncoder encoder;
    private final SignInTokenStore signIns;

    TeacherAccounts(TeacherRepository teachers, PasswordEncoder encoder, SignInTokenStore signIns) {
        this.teachers = teachers;
        this.encoder = encoder;
        this.signIns = signIns;
    }

    /** Creates a teacher (user name and password as {@link AccountRules} require). */
    @Transactional
    public Teacher create(String username, String password) {
        String name = AccountRules.username(username);
        AccountRules.password(password);
        if (teachers.findByUsernameIgnoreCase(name).isPresent())
            throw new AccountException(AccountProblem.USERNAME_TAKEN);
        return teachers.saveAndFlush(new Teacher(name, encoder.encode(password)));
    }

    /** Another teacher adds an account: the new password typed twice. */
    @Transactional
    public Teacher create(String username, String password, String confirmation) {
        AccountRules.password(password, confirmation);
        return create(username, password);
    }

    /**
     * A teacher changes their own password; the current one must be right. Every sign-in token of the teacher
     * ends: a browser that was signed in elsewhere needs the new password once its session is gone.
     */
    @Transactional
    public void changePassword(String username, String current, String next, String confirmation) {
        Teacher teacher = teachers.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        if (!encoder.matches(current, teacher.passwordHash()))
            throw new AccountException(AccountProblem.PASSWORD_WRONG);
        AccountRules.password(next, confirmation);
        teacher.changePasswordHash(encoder.encode(next));
        teachers.saveAndFlush(teacher);
        signIns.removeAllOf(teacher.username());
    }

    public boolean none() {
        return teachers.count() == 0;
    }

    public Optional<Teacher> find(String username) {
        return teachers.findByUsername(username);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Teacher teacher =
                teachers.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such teacher"));
        return new User(
                teacher.username(), teacher.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }
}
