m-practice = Putting it into practice
    .summary = A case from a reception centre, worked through step by step with the standards of the course.
l-case-study = Case study: a disclosure at the reception centre
