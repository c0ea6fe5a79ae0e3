package org.dlf.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class FirstTeacherTest {

    private final TeacherAccounts accounts = mock(TeacherAccounts.class);

    @Test
    void the_configured_teacher_is_created_while_there_is_none() {
        when(accounts.none()).thenReturn(true);
        new FirstTeacher(accounts, "lehrer", "a-long-secret").run(null);
        verify(accounts).create("lehrer", "a-long-secret");
    }

    @Test
    void nothing_is_created_when_a_teacher_exists_or_nothing_is_configured() {
        when(accounts.none()).thenReturn(false);
        new FirstTeacher(accounts, "lehrer", "a-long-secret").run(null);
        when(accounts.none()).thenReturn(true);
        new FirstTeacher(accounts, "", "").run(null);
        verify(accounts, never()).create(anyString(), anyString());
    }
}
