package io.archfit.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises failures that mean "the database cannot be reached right now" (no connection
 * within the pool's timeout, a connection lost, the server shutting down), whatever layer
 * wrapped them. Those are answered 503 with {@code Retry-After}, not 500.
 */
final class DatabaseUnavailable {

	/** Seconds a client is asked to wait before retrying. */
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	static boolean isCause(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			if (isFailedRollback(cause)) {
				return true;
			}
			if (cause instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& isCause(tx.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A rollback refused by the driver: it only fails when the connection broke during
	 * the transaction, and the failure that broke it is then lost behind this one.
	 */
	private static boolean isFailedRollback(Throwable cause) {
		return cause.getClass().getName().equals("org.hibernate.TransactionException")
				&& cause.getCause() instanceof SQLException;
	}

	/**
	 * SQL states of connection failures (class 08) and of a server shutting down or
	 * restarting (57P01–57P03).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
