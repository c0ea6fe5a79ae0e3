package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void user_names_are_three_to_sixty_letters_digits_and_a_few_marks() {
        assertThat(AccountRules.username("  ms.li_2@school-a ")).isEqualTo("ms.li_2@school-a");
        assertThat(AccountRules.username("王老师")).isEqualTo("王老师");
        for (String bad : new String[] {"", "ab", "a b c", "<script>", "x".repeat(61), "tab\there"})
            assertThatThrownBy(() -> AccountRules.username(bad))
                    .isInstanceOf(AccountException.class)
                    .extracting(e -> ((AccountException) e).problem())
                    .isEqualTo(AccountProblem.USERNAME_FORMAT);
    }

    @Test
    void passwords_have_twelve_characters_at_least_and_fit_bcrypt() {
        AccountRules.password("twelve-chars", "twelve-chars");
        AccountRules.password("十二个汉字的密码也可以用的吧");
        assertThatThrownBy(() -> AccountRules.password("eleven-char"))
                .extracting(e -> ((AccountException) e).problem())
                .isEqualTo(AccountProblem.PASSWORD_SHORT);
        assertThatThrownBy(() -> AccountRules.password("x".repeat(73)))
                .extracting(e -> ((AccountException) e).problem())
                .isEqualTo(AccountProblem.PASSWORD_LONG);
        assertThatThrownBy(() -> AccountRules.password("twelve-chars", "twelve-charz"))
                .extracting(e -> ((AccountException) e).problem())
                .isEqualTo(AccountProblem.PASSWORD_MISMATCH);
    }

    @Test
    void setup_tokens_are_twelve_unambiguous_characters_in_groups_of_four() {
        String token = FirstRunSetup.freshToken();
        assertThat(token).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        assertThat(FirstRunSetup.freshToken()).isNotEqualTo(token);
    }
}
