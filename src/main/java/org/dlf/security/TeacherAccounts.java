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

/** Teacher accounts: creating one (password hashed) and looking one up for sign-in. */
@Service
public class TeacherAccounts implements UserDetailsService {

    public static final String ROLE = "TEACHER";

    private final TeacherRepository teachers;
    private final PasswordEncoder encoder;

    TeacherAccounts(TeacherRepository teachers, PasswordEncoder encoder) {
        this.teachers = teachers;
        this.encoder = encoder;
    }

    /** Creates a teacher; the user name is 1–60 characters, the password at least 8. */
    @Transactional
    public Teacher create(String username, String password) {
        String name = username.strip();
        if (name.isEmpty() || name.length() > 60) throw new IllegalArgumentException("A user name has 1-60 characters");
        if (password.length() < 8) throw new IllegalArgumentException("A password has at least 8 characters");
        if (teachers.findByUsername(name).isPresent())
            throw new IllegalArgumentException("Teacher " + name + " exists");
        return teachers.saveAndFlush(new Teacher(name, encoder.encode(password)));
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
