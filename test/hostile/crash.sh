# test/hostile/crash.sh - backend crash detection from the server log.
# Sourced by scripts/pd (around every suite) and test/hostile/lib.sh.
#
# pg_postmaster_start_time() does not change when a backend dies of a signal:
# the postmaster kills the other backends, reinitialises shared memory and
# goes on with the same start time.  What always remains is its log line
# "server process (PID n) was terminated by signal 11: Segmentation fault"
# (or "... terminated by exception", "... exited with exit code" for a FATAL
# in the startup of a critical process) and "terminating any other active
# server processes".  So a suite remembers the size of the server log when
# it starts and reads what was appended when it ends.

# log_size FILE - current size of FILE in bytes (0 if absent)
log_size() { stat -c %s "$1" 2>/dev/null || echo 0; }

# crash_lines FILE OFFSET - the crash lines appended to FILE after OFFSET
crash_lines() {
	local file=$1 off=${2:-0}
	[ -f "$file" ] || return 0
	tail -c +"$((off + 1))" "$file" 2>/dev/null |
		grep -aE 'LOG:  .* \(PID [0-9]+\) (was terminated by (signal|exception)|exited with exit code ([2-9]|[1-9][0-9]+))|LOG:  terminating any other active server processes|LOG:  all server processes terminated; reinitializing|PANIC:  |^==[0-9]+==ERROR: AddressSanitizer' |
		head -20 || true
}
