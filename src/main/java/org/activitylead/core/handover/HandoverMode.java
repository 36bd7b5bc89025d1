package org.activitylead.core.handover;

/** A job's pass over the pages: the dry run changes nothing; the reassignment writes what the dry run showed. */
public enum HandoverMode { DRY_RUN, REASSIGN }
