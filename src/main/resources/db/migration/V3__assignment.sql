-- Teacher-set assignment settings of a class (org.dlf.classroom.AssignmentService). Plain SQL for H2 and
-- PostgreSQL. A class without a class_assignment row has no settings: every chapter open, solutions shown,
-- nothing locked. revision grows with every save, so that every server sharing the database notices a
-- change on the learner's next page or action.
CREATE TABLE class_assignment (
    classroom_id BIGINT PRIMARY KEY REFERENCES classroom (id),
    show_solutions BOOLEAN NOT NULL,
    revision BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the chapters the teacher has not opened (a chapter added to the course later starts open)
CREATE TABLE class_closed_chapter (
    classroom_id BIGINT NOT NULL REFERENCES classroom (id),
    chapter VARCHAR(80) NOT NULL,
    PRIMARY KEY (classroom_id, chapter)
);

-- widget parameters locked to the teacher's value (canonical spelling, e.g. 0.1, 7, XOR)
CREATE TABLE class_locked_parameter (
    classroom_id BIGINT NOT NULL REFERENCES classroom (id),
    widget VARCHAR(60) NOT NULL,
    parameter VARCHAR(60) NOT NULL,
    locked_value VARCHAR(60) NOT NULL,
    PRIMARY KEY (classroom_id, widget, parameter)
);

-- the rules of a learner are looked up by learner on every chapter page and answer
CREATE INDEX ix_member_learner ON class_member (learner_id);
