// Placeholder until the devservers-based setup lands.
export default async function globalSetup(): Promise<void> {}
