-- The single row that push transactions lock to hand out seqs in commit order (SYNC.md); starts at 0.
INSERT INTO `seq_counter` (`id`, `value`) VALUES (1, 0);
