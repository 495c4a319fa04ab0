-- The knowledge base's generation: the process that reloads the shared base moves it on, and
-- every other process, which watches it, reloads its own copy when it moves (bot/chat/reloadwatch.py).

CREATE TABLE knowledge_generation (
    id INTEGER PRIMARY KEY,
    generation BIGINT NOT NULL,
    changed_at DOUBLE PRECISION NOT NULL,
    changed_by TEXT NOT NULL
);
INSERT INTO knowledge_generation (id, generation, changed_at, changed_by) VALUES (1, 0, 0, 'start');
