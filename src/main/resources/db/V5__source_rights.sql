-- Issue 6: a source feed's own rights statement (atom:rights, RSS copyright), kept on its row so
-- every story it carried can be republished with it.
ALTER TABLE sources ADD COLUMN rights VARCHAR(4000);
