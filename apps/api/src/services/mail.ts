// Mail is optional: Scrutiny cannot rely on a mail server, so every link is also shown to whoever issued it. When
// SMTP_URL is set, the link is sent to the person too.
import { createTransport } from 'nodemailer';
import type { Config } from '../env.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends one message; answers false (and the caller shows the link) when it could not be sent. */
  send(mail: Mail): Promise<boolean>;
}

export function createMailer(smtp: Config['smtp'], onError: (error: unknown) => void = () => {}): Mailer | null {
  if (!smtp.url) return null;
  const transport = createTransport(smtp.url);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
  };
}
