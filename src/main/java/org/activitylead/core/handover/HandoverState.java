package org.activitylead.core.handover;

/** Where a handover job stands. A stopped job resumes where it stopped; a finished one leaves its result. */
public enum HandoverState { NOT_STARTED, RUNNING, STOPPED, FINISHED }
