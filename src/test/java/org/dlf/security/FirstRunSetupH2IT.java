package org.dlf.security;

import org.springframework.boot.test.context.SpringBootTest;

/** First-run setup on an embedded H2 database of its own. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:dlf-first-run;DB_CLOSE_DELAY=-1",
            "dlf.setup.token=" + FirstRunSetupContract.TOKEN
        })
class FirstRunSetupH2IT extends FirstRunSetupContract {}
