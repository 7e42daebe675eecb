/** English strings of the welcome page the browser opens once, on install (pages/welcome.tsx). */
export const welcomeStrings = {
  welcomeTitle: 'Welcome to Roundtable',
  welcomeIntro: 'Roundtable helps everyone be heard in your meetings: it shows talk time and its balance, runs time-boxed rounds and keeps the decisions.',
  welcomePanelHeading: 'During a call: open the panel',
  welcomePanel: 'Join a call on Google Meet, Jitsi Meet, Zoom or Teams in this browser. Click the Roundtable button in the toolbar, then "Open the Roundtable panel": it opens beside the call and counts who speaks.',
  welcomeManualHeading: 'No supported call? Mark speakers by hand',
  welcomeManual: 'For a meeting in a room or on another platform, choose "Start a meeting by hand" in the panel, then click a name or press its number key when someone speaks. When a call page cannot be read, the panel offers the same.',
  welcomePrivacyHeading: 'What is read, what is kept',
  welcomePrivacyRead: 'Roundtable reads only what the call page shows: who is there and who is speaking. It records no audio, no video and no chat.',
  welcomePrivacyKept: "Meetings are kept in this browser's own storage on this computer until you delete them, or for as many days as you set in the panel's settings. Nothing leaves this machine.",
  welcomeLinkHeading: 'Facilitating from VS Code?',
  welcomeLink: 'With Roundtable in VS Code too, run "Roundtable: Link Browser Call" there and type the code it shows in the panel\'s VS Code link section. The link connects only to VS Code on this computer.',
} as const;
