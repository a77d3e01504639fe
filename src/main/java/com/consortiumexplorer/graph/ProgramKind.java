package com.consortiumexplorer.graph;

/** Kind of talent-cultivation program. */
public enum ProgramKind {
    ORDER_CLASS,
    APPRENTICESHIP,
    SKILL_CERTIFICATION,
    TEACHER_TRAINING,
    INTERNSHIP,
    CURRICULUM
}
