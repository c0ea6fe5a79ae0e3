package org.dlf.exercises;

import org.springframework.boot.test.context.SpringBootTest;

/** The exercise service on the embedded H2 database (in memory for tests, see config/application.properties). */
@SpringBootTest
class ExerciseServiceH2IT extends ExerciseServiceContract {}
