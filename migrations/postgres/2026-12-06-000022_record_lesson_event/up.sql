-- A lesson event in one round trip (issue 18, lesson completion on PostgreSQL): what
-- `kampus_store::progress::record_and_list` does statement by statement on SQLite — insert the
-- event once, tell a retry from a reused id, move the lesson's progress forward, list the
-- completed lessons — done here by the server, whose plans for these statements PL/pgSQL
-- keeps. Called with the time of recording; the Rust side does the rest (the reports'
-- first-activity mark when `first_of_lesson`, completing the course when `newly_completed`).
--
-- outcome: 'new', 'completed' (new, and the lesson was not completed before), 'duplicate'
-- (the same event again) or 'conflict' (the id of another event).
CREATE FUNCTION kampus_record_lesson_event(
    p_event_id TEXT,
    p_enrollment_id TEXT,
    p_kind TEXT,
    p_lesson_id TEXT,
    p_client_time TIMESTAMP,
    p_now TIMESTAMP,
    OUT outcome TEXT,
    OUT first_of_lesson BOOLEAN,
    OUT completed_lessons TEXT[]
) LANGUAGE plpgsql AS $$
DECLARE
    occurred TIMESTAMP := LEAST(COALESCE(p_client_time, p_now), p_now);
    done TIMESTAMP := CASE WHEN p_kind = 'lesson-completed' THEN occurred END;
    stored progress_events%ROWTYPE;
    viewed_before TIMESTAMP;
    done_before TIMESTAMP;
BEGIN
    first_of_lesson := FALSE;
    INSERT INTO progress_events (event_id, enrollment_id, kind, lesson_id, occurred_at, recorded_at)
    VALUES (p_event_id, p_enrollment_id, p_kind, p_lesson_id, occurred, p_now)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        -- A retry carries the client's body unchanged: without a time it is compared without
        -- one, with a time that time clamped to the first copy's time of recording.
        SELECT * INTO stored FROM progress_events WHERE event_id = p_event_id;
        IF stored.enrollment_id = p_enrollment_id AND stored.kind = p_kind
           AND stored.lesson_id = p_lesson_id
           AND (p_client_time IS NULL
                OR LEAST(p_client_time, stored.recorded_at) = stored.occurred_at) THEN
            outcome := 'duplicate';
        ELSE
            outcome := 'conflict';
        END IF;
    ELSE
        -- No row lock: events of one learner arrive on several connections at once, and a
        -- lock held to the end of each batch would line them all up. The writes below are
        -- atomic on their own (LEAST against the row as it is); a race can at most make two
        -- events both say 'completed', and completing the course twice is a no-op.
        SELECT first_viewed_at, completed_at INTO viewed_before, done_before
        FROM lesson_progress
        WHERE enrollment_id = p_enrollment_id AND lesson_id = p_lesson_id;
        IF NOT FOUND THEN
            INSERT INTO lesson_progress AS lp (enrollment_id, lesson_id, first_viewed_at, completed_at)
            VALUES (p_enrollment_id, p_lesson_id, occurred, done)
            ON CONFLICT (enrollment_id, lesson_id) DO UPDATE
            -- (LEAST skips NULLs: a completion is kept, the earliest one wins.)
            SET first_viewed_at = LEAST(lp.first_viewed_at, EXCLUDED.first_viewed_at),
                completed_at = LEAST(lp.completed_at, EXCLUDED.completed_at)
            RETURNING (xmax = 0) INTO first_of_lesson;
        ELSIF occurred < viewed_before OR (done IS NOT NULL AND (done_before IS NULL OR done < done_before)) THEN
            -- Only forward: the earliest view, the earliest completion, never un-completed.
            UPDATE lesson_progress AS lp
            SET first_viewed_at = LEAST(lp.first_viewed_at, occurred),
                completed_at = LEAST(lp.completed_at, done)
            WHERE enrollment_id = p_enrollment_id AND lesson_id = p_lesson_id;
        END IF;
        outcome := CASE WHEN done IS NOT NULL AND done_before IS NULL THEN 'completed' ELSE 'new' END;
    END IF;
    completed_lessons := ARRAY(
        SELECT lesson_id FROM lesson_progress
        WHERE enrollment_id = p_enrollment_id AND completed_at IS NOT NULL
        ORDER BY lesson_id);
END;
$$;
