package dev.lodestar.mail;

/**
 * Says whether mail may still go to an address, asked just before each mail is sent (a
 * person deactivated after a mail was posted does not get it). The organisation provides
 * it; without one every address receives mail.
 */
public interface Recipients {

	boolean receivesMail(String address);

}
