import { describe, expect, it } from 'vitest';
import { findings, linesOf } from '../hadolint/test-helpers';

const CODE = 'lw-run-starts-app';
const fires = (run: string) => linesOf(CODE, 'FROM python:3.12', `RUN ${run}`);

describe('lw-run-starts-app', () => {
  it.each([
    'python main.py',
    'python3 app.py',
    'python3.12 -u server.py',
    'python hello_world/main.py',
    'python manage.py runserver 0.0.0.0:8000',
    'python -m flask run --host=0.0.0.0',
    'python -m http.server 8000',
    'npm start',
    'npm run dev',
    'yarn start',
    'node server.js',
    'node dist/index.js',
    'flask run',
    'uvicorn main:app --host 0.0.0.0',
    'gunicorn -b :8000 app:app',
    'java -jar app.jar',
    'rails server -b 0.0.0.0',
    'bundle exec rails s',
    'poetry run python main.py',
    'sudo python main.py',
    'pip install -r requirements.txt && python main.py',
    'nohup node server.js &',
  ])('fires on RUN %s', (run) => {
    expect(fires(run)).toEqual([2]);
  });

  it.each([
    'python -m pip install -r requirements.txt',
    'python setup.py install',
    'python -c "import sys; print(sys.version)"',
    'python manage.py collectstatic --noinput',
    'python manage.py migrate',
    'python scripts/download_model.py',
    'python --version',
    'npm ci',
    'npm install',
    'npm run build',
    'node --version',
    'node -e "console.log(1)"',
    'node build.js',
    'yarn install --frozen-lockfile',
    'gunicorn --version',
    'java -Djarmode=layertools -jar app.jar extract',
    'java -jar tool.jar generate',
    'echo python main.py',
    'rails assets:precompile',
  ])('does not fire on RUN %s', (run) => {
    expect(fires(run)).toEqual([]);
  });

  it('suggests CMD in exec form and marks the command', () => {
    const [d] = findings(CODE, 'FROM python:3.12', 'RUN pip install flask && python app.py');
    expect(d).toMatchObject({ severity: 'warning', line: 2, column: 26, endColumn: 39 });
    expect(d.message).toContain('CMD ["python", "app.py"]');
    expect(d.message).toContain('while the image is being built');
  });

  it('leaves CMD and ENTRYPOINT alone', () => {
    expect(linesOf(CODE, 'FROM python:3.12', 'CMD ["python", "main.py"]', 'ENTRYPOINT python main.py')).toEqual([]);
  });
});
