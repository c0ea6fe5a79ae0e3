package org.dlf.classroom;

import org.springframework.boot.test.context.SpringBootTest;

/** The assignment settings on the embedded H2 database. */
@SpringBootTest
class AssignmentServiceH2IT extends AssignmentServiceContract {}
