/** The Dockerfile the playground opens with when there is no share link and no saved draft. */
export const PLAYGROUND_DEFAULT = `# A small Python web app. Edit anything: the problems, layers and image card follow.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["python", "-m", "http.server", "8000"]
`;

export const PLAYGROUND_STORAGE_KEY = 'layerwise:playground:draft';
/** Where unreadable saved data is kept, so it is never silently overwritten. */
export const PLAYGROUND_UNREADABLE_KEY = 'layerwise:playground:unreadable-draft';
/** The learner's own draft, kept when a share link replaced it on screen. */
export const PLAYGROUND_REPLACED_KEY = 'layerwise:playground:draft-before-link';
