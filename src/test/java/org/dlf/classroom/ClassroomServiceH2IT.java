package org.dlf.classroom;

import org.springframework.boot.test.context.SpringBootTest;

/** The classroom service on the embedded H2 database. */
@SpringBootTest
class ClassroomServiceH2IT extends ClassroomServiceContract {}
