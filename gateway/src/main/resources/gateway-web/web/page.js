// What every page shares: the language switch and the sign-in bar of the header.
import { setUpLanguage } from './i18n.js';
import { restore, signIn, signOut } from './session.js';

/** Sets up the header; resolves to the signed-in user, or null. */
export async function setUpPage(onLanguage) {
  setUpLanguage(onLanguage);
  const signInButton = document.getElementById('sign-in');
  const signOutButton = document.getElementById('sign-out');
  const who = document.getElementById('who');
  signInButton.addEventListener('click', () => signIn());
  signOutButton.addEventListener('click', () => signOut());
  const user = await restore();
  if (user) {
    signInButton.hidden = true;
    signOutButton.hidden = false;
    who.textContent = user.username;
    who.hidden = false;
  }
  document.body.dataset.signedIn = user ? 'true' : 'false';
  return user;
}
